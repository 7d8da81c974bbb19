using IommuActors.Configuration;

namespace IommuActors.Scenarios.DeviceTree;

/// <summary>
/// Reads device-tree source (<c>.dts</c>, after the C preprocessor) into a node tree: <c>/dts-v1/;</c>, the root node,
/// <c>&amp;label { … };</c> amendments, labels, properties with strings, cells (numbers, <c>&amp;label</c>, simple
/// parenthesised arithmetic) and byte strings, <c>/delete-node/</c> and <c>/delete-property/</c>. cpp line markers
/// (<c># 12 "file.dtsi"</c>) keep positions pointing into the files the user wrote.
/// </summary>
internal sealed partial class DtsReader
{
    private readonly string _text;
    private readonly DtNode _root;
    private readonly Dictionary<string, DtNode> _labels = new(StringComparer.Ordinal);
    private int _pos;
    private string _file;
    private int _line = 1;
    private int _lineStart;

    private DtsReader(string text, string file)
    {
        _text = text;
        _file = file;
        _root = new DtNode(string.Empty, new ConfigOrigin(file, 1, 1));
    }

    public static (DtNode Root, IReadOnlyDictionary<string, DtNode> Labels) Read(string text, string file)
    {
        var reader = new DtsReader(text, file);
        reader.ReadFile();
        return (reader._root, reader._labels);
    }

    private ConfigOrigin Here => new(_file, _line, _pos - _lineStart + 1);

    private void ReadFile()
    {
        while (true)
        {
            Skip();
            if (_pos >= _text.Length)
            {
                return;
            }

            if (TryDirective("/dts-v1/") || TryDirective("/plugin/"))
            {
                Expect(';');
            }
            else if (Peek() == '/' && PeekAt(1) is not '*' and not '/' && Next(1) == '{')
            {
                _pos++;
                Expect('{');
                ReadBody(_root);
                Expect(';');
            }
            else if (Peek() == '&')
            {
                var where = Here;
                _pos++;
                var label = Name("a label after '&'");
                var node = _labels.GetValueOrDefault(label) ?? throw Error(where, $"&{label}: no node has the label '{label}'");
                Expect('{');
                ReadBody(node);
                Expect(';');
            }
            else if (TryDirective("/delete-node/"))
            {
                var where = Here;
                Expect('&');
                var label = Name("a label");
                var node = _labels.GetValueOrDefault(label) ?? throw Error(where, $"/delete-node/ &{label}: no node has the label '{label}'");
                node.Parent?.Children.Remove(node);
                Expect(';');
            }
            else
            {
                throw Error(Here, $"expected '/dts-v1/;', the root node '/ {{ … }};' or '&label {{ … }};', found {Found()}");
            }
        }
    }

    private void ReadBody(DtNode node)
    {
        while (true)
        {
            Skip();
            if (Peek() == '}')
            {
                _pos++;
                return;
            }

            if (_pos >= _text.Length)
            {
                throw Error(node.Origin, $"node '{node.Path}' is not closed: missing '}};'");
            }

            if (TryDirective("/delete-node/"))
            {
                var gone = Name("a node name");
                node.Children.RemoveAll(c => c.Name == gone);
                Expect(';');
                continue;
            }

            if (TryDirective("/delete-property/"))
            {
                node.Properties.Remove(Name("a property name"));
                Expect(';');
                continue;
            }

            var where = Here;
            var labels = new List<string>();
            var name = Name("a property or node name");
            while (Skip() && Peek() == ':')
            {
                _pos++;
                labels.Add(name);
                where = Here;
                name = Name("a node name after the label");
            }

            if (Peek() == '{')
            {
                _pos++;
                var child = node.Child(name, where);
                foreach (var label in labels)
                {
                    DefineLabel(label, child, where);
                }

                ReadBody(child);
                Expect(';');
                continue;
            }

            if (labels.Count > 0)
            {
                throw Error(where, $"expected '{{' after the labelled node name '{name}', found {Found()}");
            }

            node.Properties[name] = ReadProperty(name, where);
        }
    }

    private void DefineLabel(string label, DtNode node, ConfigOrigin where)
    {
        if (_labels.TryGetValue(label, out var other) && other != node)
        {
            throw Error(where, $"label '{label}' is already used by {other.Path} ({other.Origin})");
        }

        _labels[label] = node;
        node.Labels.Add(label);
    }

    private static ScenarioException Error(ConfigOrigin where, string message) => ScenarioException.DeviceTree(where, message);

    private string Found() => _pos >= _text.Length ? "the end of the file" : $"'{_text[_pos]}'";
}
