using System.Text;
using IommuActors.Configuration.Model;

namespace IommuActors.Configuration.Resolution;

/// <summary>Looking up substitution targets and joining concatenations.</summary>
internal sealed partial class SubstitutionResolver
{
    private HoconValue? ResolveSubstitution(HoconSubstitution substitution)
    {
        var found = substitution.IncludePrefix.Count > 0 ? Lookup([.. substitution.IncludePrefix, .. substitution.Path]) : null;
        found ??= Lookup(substitution.Path);
        if (found is not null)
        {
            return found;
        }

        if (!substitution.Optional)
        {
            throw ConfigException.Substitution(substitution.Origin, substitution.PathText, $"substitution {substitution} not found");
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(string.Join('.', substitution.Path));
        return fromEnvironment is null ? null : new HoconScalar(substitution.Origin, ScalarKind.String, fromEnvironment);
    }

    /// <summary>Finds the resolved value at an absolute path, resolving only what lies on the way.</summary>
    private HoconValue? Lookup(IReadOnlyList<string> path)
    {
        HoconValue? current = _root;
        foreach (var segment in path)
        {
            if (current is UnresolvedValue)
            {
                current = Resolve(current);
            }

            if (current is not HoconObject obj || !obj.TryGet(segment, out var child))
            {
                return null;
            }

            current = child;
        }

        return Resolve(current);
    }

    private HoconValue? ResolveConcatenation(HoconConcatenation concatenation)
    {
        var pieces = new List<(HoconValue Value, string Separator)>();
        for (var i = 0; i < concatenation.Pieces.Count; i++)
        {
            if (Resolve(concatenation.Pieces[i]) is { } piece)
            {
                pieces.Add((piece, pieces.Count == 0 ? string.Empty : concatenation.Separators[i]));
            }
        }

        if (pieces.Count <= 1)
        {
            return pieces.Count == 0 ? null : pieces[0].Value;
        }

        if (pieces.TrueForAll(p => p.Value is HoconScalar))
        {
            var text = new StringBuilder();
            foreach (var (value, separator) in pieces)
            {
                text.Append(separator).Append(((HoconScalar)value).Text);
            }

            return new HoconScalar(concatenation.Origin, ScalarKind.String, text.ToString());
        }

        if (pieces.TrueForAll(p => p.Value is HoconArray))
        {
            return new HoconArray(concatenation.Origin, [.. pieces.SelectMany(p => ((HoconArray)p.Value).Items)]);
        }

        if (pieces.TrueForAll(p => p.Value is HoconObject))
        {
            var merged = (HoconObject)pieces[0].Value;
            foreach (var (value, _) in pieces.Skip(1))
            {
                merged = HoconMerge.MergeObjects((HoconObject)value, merged);
            }

            return merged;
        }

        var mismatch = pieces.First(p => KindName(p.Value) != KindName(pieces[0].Value)).Value;
        throw ConfigException.Parse(
            concatenation.Origin,
            $"cannot concatenate {KindName(pieces[0].Value)} and {KindName(mismatch)} ({mismatch.Origin})");
    }

    private static string KindName(HoconValue value) => value switch
    {
        HoconObject => "an object",
        HoconArray => "an array",
        _ => "a simple value",
    };
}
