namespace IommuActors.Cli.Report;

/// <summary>The report page's style and script, inlined so the file works offline and alone.</summary>
internal static class HtmlReportAssets
{
    public const string Style = """
        :root { --bg:#fbfbfa; --fg:#1d1d1f; --muted:#6b6b70; --line:#d9d9de; --sel:#fff3c4; --bad:#c62828; --diff:#1565c0; }
        * { box-sizing:border-box; }
        html, body { height:100%; }
        body { margin:0; font:13px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif; color:var(--fg); background:var(--bg); display:flex; flex-direction:column; overflow:hidden; }
        header { padding:10px 16px; border-bottom:1px solid var(--line); background:#fff; flex:none; }
        header h1 { margin:0 0 4px; font-size:17px; }
        header .meta, .hint { color:var(--muted); }
        .bad { color:var(--bad); font-weight:600; }
        main { display:grid; grid-template-columns:minmax(0,3fr) minmax(300px,2fr); flex:1; min-height:0; }
        #timeline { border-right:1px solid var(--line); overflow:auto; min-height:0; }
        #side { overflow:auto; min-height:0; }
        .lane-head, .row { display:grid; grid-template-columns:52px minmax(0,1fr) minmax(120px,220px); align-items:center; }
        .lane-head { position:sticky; top:0; background:#f1f1f4; border-bottom:1px solid var(--line); z-index:1; font-size:11px; }
        .names { display:grid; grid-template-columns:repeat(var(--lanes),minmax(0,1fr)); }
        .names span { overflow:hidden; text-overflow:ellipsis; white-space:nowrap; padding:4px 2px; text-align:center; border-left:1px dashed var(--line); }
        .row { min-height:24px; border-bottom:1px solid #eee; cursor:pointer; }
        .row:hover { background:#f4f6fb; }
        .row.selected { background:var(--sel); }
        .row.violation { outline:2px solid var(--bad); outline-offset:-2px; }
        .row.first-diff .n { color:#fff; background:var(--diff); border-radius:3px; }
        .n { text-align:right; padding-right:8px; color:var(--muted); font-variant-numeric:tabular-nums; }
        .lanes { position:relative; height:22px; background:repeating-linear-gradient(90deg,transparent 0 calc(100%/var(--lanes) - 1px),var(--line) calc(100%/var(--lanes) - 1px) calc(100%/var(--lanes))); }
        .arrow { position:absolute; top:10px; height:2px; background:#555; }
        .arrow.r::after, .arrow.l::before { content:""; position:absolute; top:-4px; border:5px solid transparent; }
        .arrow.r::after { right:-2px; border-left-color:#555; border-right:0; }
        .arrow.l::before { left:-2px; border-right-color:#555; border-left:0; }
        .dot { position:absolute; top:5px; width:12px; height:12px; margin-left:-6px; border-radius:50%; background:#2e7d32; }
        .violation .dot { background:var(--bad); }
        .msg { overflow:hidden; text-overflow:ellipsis; white-space:nowrap; padding:0 6px; }
        .chip { display:inline-block; margin:1px 2px; padding:0 4px; border-radius:3px; background:#ede7f6; color:#4527a0; font-size:11px; }
        aside { padding:8px 14px; }
        aside h2, section h2 { font-size:14px; margin:12px 0 6px; }
        table { border-collapse:collapse; width:100%; }
        td, th { border-bottom:1px solid #eee; padding:2px 6px; text-align:left; font-size:12px; }
        pre { margin:0; white-space:pre-wrap; font:12px/1.35 ui-monospace,Menlo,Consolas,monospace; }
        #dmesg, #diff { padding:8px 14px 16px; border-top:1px solid var(--line); }
        #dmesg .line { cursor:pointer; }
        #dmesg .line.current { background:var(--sel); }
        #dmesg .line.violation { color:var(--bad); }
        .cols { display:grid; grid-template-columns:1fr; gap:8px; }
        .cols pre div:first-child { background:#e3f2fd; }
        kbd { border:1px solid var(--line); border-bottom-width:2px; border-radius:3px; padding:0 3px; font-size:11px; }
        """;

    public const string Script = """
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("data").textContent);
          var rows = Array.prototype.slice.call(document.querySelectorAll("#rows .row"));
          var lines = Array.prototype.slice.call(document.querySelectorAll("#dmesg .line"));
          var current = -1;
          function text(tag, value, cls) { var e = document.createElement(tag); e.textContent = value; if (cls) { e.className = cls; } return e; }
          function table(head, body) {
            var t = document.createElement("table"), tr = document.createElement("tr");
            head.forEach(function (h) { tr.appendChild(text("th", h)); });
            t.appendChild(tr);
            body.forEach(function (r) { var row = document.createElement("tr"); r.forEach(function (c) { row.appendChild(text("td", c)); }); t.appendChild(row); });
            return t;
          }
          function show(i) {
            if (i < 0 || i >= data.steps.length) { return; }
            if (current >= 0) { rows[current].classList.remove("selected"); }
            current = i;
            var row = rows[i], s = data.steps[i], d = document.getElementById("detail"), streams = null;
            for (var back = i; streams === null && back >= 0; back--) { streams = data.steps[back].streams; }
            streams = streams || [];
            row.classList.add("selected");
            row.scrollIntoView({ block: "nearest" });
            d.textContent = "";
            d.appendChild(text("h2", "Step " + (i + 1) + " of " + data.steps.length + (i === data.violatingStep ? " (violation)" : "")));
            d.appendChild(table(["", ""], [["receiver", s.receiver], ["sender", s.sender], ["message", s.message], ["schedule index", String(s.index)]].concat(s.choices.map(function (c) { return ["choice", c]; }))));
            d.appendChild(text("h2", "Hardware after this step (stream -> translation)"));
            d.appendChild(streams.length ? table(["IOMMU", "stream", "translates through"], streams.map(function (m) { return [m.iommu, String(m.stream), m.context]; })) : text("p", "no stream programmed", "hint"));
            d.appendChild(text("h2", "Locks held after this step"));
            d.appendChild(s.locks.length ? table(["lock", "holder"], s.locks.map(function (l) { return [l.lock, l.holder]; })) : text("p", "none", "hint"));
            d.appendChild(text("h2", "dmesg of this step"));
            d.appendChild(text("pre", s.dmesg.join("\n") || "(nothing printed)"));
            lines.forEach(function (l) { l.classList.toggle("current", l.dataset.step !== "" && Number(l.dataset.step) === i); });
          }
          rows.forEach(function (r, i) { r.addEventListener("click", function () { show(i); }); });
          lines.forEach(function (l) { l.addEventListener("click", function () { if (l.dataset.step !== "") { show(Number(l.dataset.step)); } }); });
          document.addEventListener("keydown", function (e) {
            var keys = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10 };
            if (keys[e.key]) { show(Math.max(0, Math.min(data.steps.length - 1, current + keys[e.key]))); e.preventDefault(); }
            else if (e.key === "Home") { show(0); e.preventDefault(); }
            else if (e.key === "End" || e.key === "v") { show(data.violatingStep); e.preventDefault(); }
            else if (e.key === "d" && data.firstDifference >= 0) { show(data.firstDifference); e.preventDefault(); }
          });
          show(data.violatingStep);
          var target = rows[data.violatingStep];
          function visible(row) {
            var box = row.getBoundingClientRect(), hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return box.height > 0 && hit !== null && row.contains(hit);
          }
          if (target) {
            target.scrollIntoView({ block: "center" });
            document.body.dataset.violationVisible = String(visible(target));
          }
          window.addEventListener("load", function () {
            if (target) { document.body.dataset.violationVisible = String(visible(target)); }
            var nav = performance.getEntriesByType("navigation")[0];
            if (nav) { document.body.dataset.domContentLoadedMs = String(Math.round(nav.domContentLoadedEventEnd - nav.startTime)); }
          });
        })();
        """;
}
