using System.Globalization;

namespace IommuActors.Runtime.Scheduling;

/// <summary>
/// One recorded step, keyed by meaning rather than by runtime indices: a schedule recorded today replays after a
/// refactor that keeps behaviour.
/// </summary>
/// <param name="Kind">The step kind.</param>
/// <param name="Receiver">Receiver path (for data choices: the choosing actor's path, or <c>/</c>).</param>
/// <param name="Sender">Sender path, <c>timer:KEY</c> or <c>env:NAME</c>; empty for data choices.</param>
/// <param name="Sequence">Per-channel sequence number; for <see cref="StepKind.ChooseInt"/> the bound.</param>
/// <param name="MessageType">Short message type name; empty for data choices.</param>
/// <param name="Value">The chosen value of a data choice (0 or 1 for booleans); 0 otherwise.</param>
public sealed record ScheduleStep(StepKind Kind, string Receiver, string Sender, int Sequence, string MessageType, long Value)
{
    /// <summary>Formats the step as one schedule line, e.g. <c>deliver /user/pong &lt;- /user/ping #3 Ping</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Kind switch
    {
        StepKind.Deliver => $"deliver {Receiver} <- {Sender} #{Sequence} {MessageType}",
        StepKind.Timer => $"timer {Receiver} <- {Sender} #{Sequence} {MessageType}",
        StepKind.Unstash => $"unstash {Receiver} #{Sequence} {MessageType}",
        StepKind.ChooseInt => string.Create(CultureInfo.InvariantCulture, $"int {Receiver} {Value} of {Sequence}"),
        StepKind.ChooseBool => $"bool {Receiver} {(Value != 0 ? "true" : "false")}",
        _ => Kind.ToString(),
    };

    /// <summary>Parses one line written by <see cref="ToString"/>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="step">The parsed step.</param>
    /// <param name="error">Why the line is malformed.</param>
    /// <returns>True when the line parsed.</returns>
    public static bool TryParse(string line, out ScheduleStep? step, out string? error)
    {
        step = null;
        error = null;
        var t = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Seq(string s, out int v) => int.TryParse(s.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out v) && s.StartsWith('#');
        switch (t.Length > 0 ? t[0] : string.Empty)
        {
            case "deliver" or "timer" when t.Length == 6 && t[2] == "<-" && Seq(t[4], out var seq):
                step = new(t[0] == "deliver" ? StepKind.Deliver : StepKind.Timer, t[1], t[3], seq, t[5], 0);
                return true;
            case "unstash" when t.Length == 4 && Seq(t[2], out var useq):
                step = new(StepKind.Unstash, t[1], string.Empty, useq, t[3], 0);
                return true;
            case "int" when t.Length == 5 && t[3] == "of" && long.TryParse(t[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
                                 && int.TryParse(t[4], NumberStyles.None, CultureInfo.InvariantCulture, out var bound):
                step = new(StepKind.ChooseInt, t[1], string.Empty, bound, string.Empty, v);
                return true;
            case "bool" when t.Length == 3 && t[2] is "true" or "false":
                step = new(StepKind.ChooseBool, t[1], string.Empty, 0, string.Empty, t[2] == "true" ? 1 : 0);
                return true;
            default:
                error = "expected 'deliver R <- S #N Type', 'timer R <- timer:K #N Type', 'unstash R #N Type', 'int P V of N' or 'bool P true|false'";
                return false;
        }
    }
}
