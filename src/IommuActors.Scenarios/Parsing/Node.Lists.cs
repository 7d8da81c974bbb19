using IommuActors.Configuration;

namespace IommuActors.Scenarios.Parsing;

/// <summary>Lists: of strings, of objects, or of both.</summary>
internal sealed partial class Node
{
    /// <summary>Reads a list whose elements may be strings or objects; an absent key is an empty list.</summary>
    public IReadOnlyList<ListItem> List(string key)
    {
        if (!Has(key))
        {
            return [];
        }

        var path = PathOf(key);
        var listPath = ChildPath(key);
        var listOrigin = _config.OriginOf(path);
        var spans = Source.OffsetOf(listOrigin) is { } open ? ListLocator.Elements(Source.Text, open) : null;
        ConfigOrigin At(int i, int count) =>
            spans is not null && spans.Count == count ? Source.OriginAt(spans[i].Start) : listOrigin;

        if (TryGet(() => _config.GetStringList(path)) is { } strings)
        {
            return [.. strings.Select((s, i) => new ListItem($"{listPath}[{i}]", At(i, strings.Count), s, null))];
        }

        if (TryGet(() => _config.GetConfigList(path)) is { } objects)
        {
            return [.. objects.Select((o, i) =>
            {
                var origin = At(i, objects.Count);
                return new ListItem($"{listPath}[{i}]", origin, null, new Node(o, $"{listPath}[{i}]", origin, Source));
            })];
        }

        // Not a list, or a list mixing strings and objects: read each element from its own text.
        if (spans is null)
        {
            throw ScenarioException.WrongType(listOrigin, listPath, "a list [ ... ]");
        }

        return [.. spans.Select((span, i) => Reparse(span, $"{listPath}[{i}]"))];
    }

    /// <summary>Tells whether a key holds an object.</summary>
    public bool IsObject(string key) => Has(key) && TryGet(() => _config.GetConfig(PathOf(key))) is not null;

    /// <summary>Reads a list of strings.</summary>
    public IReadOnlyList<Located> StringList(string key) => [.. List(key).Select(item => item.AsText())];

    /// <summary>Reads a list of objects.</summary>
    public IReadOnlyList<Node> ObjectList(string key) => [.. List(key).Select(item => item.AsObject())];

    private static T? TryGet<T>(Func<T> get)
        where T : class
    {
        try
        {
            return get();
        }
        catch (ConfigException)
        {
            return null;
        }
    }

    /// <summary>
    /// Parses one element alone, padded so that its positions are those of the file: the configuration API reads a
    /// list of strings or a list of objects, not a mix of both.
    /// </summary>
    private ListItem Reparse(TextSpan span, string path)
    {
        var origin = Source.OriginAt(span.Start);
        var padding = origin.Line >= 2
            ? new string('\n', origin.Line - 2) + "x = [\n" + new string(' ', origin.Column - 1)
            : "x = [";
        var single = TryGet(() => Config.ParseString(padding + span.Of(Source.Text) + "\n]", Source.File).Resolve());
        if (single is not null && TryGet(() => single.GetStringList("x")) is [var text])
        {
            return new ListItem(path, origin, text, null);
        }

        if (single is not null && TryGet(() => single.GetConfigList("x")) is [var obj])
        {
            return new ListItem(path, origin, null, new Node(obj, path, origin, Source));
        }

        throw ScenarioException.WrongType(origin, path, "a string or an object { ... }");
    }
}
