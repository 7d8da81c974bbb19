using IommuActors.Configuration.Model;

namespace IommuActors.Configuration.Resolution;

/// <summary>
/// Resolves substitutions, concatenations and pending merges against the whole root, once all layers are merged.
/// Every node is resolved at most once; nodes under resolution are tracked to report cycles.
/// </summary>
internal sealed partial class SubstitutionResolver
{
    private readonly HoconObject _root;
    private readonly Dictionary<HoconValue, HoconValue?> _done = new(ReferenceEqualityComparer.Instance);
    private readonly List<UnresolvedValue> _inProgress = [];

    private SubstitutionResolver(HoconObject root)
    {
        _root = root;
    }

    /// <summary>Returns a tree with no unresolved nodes left.</summary>
    public static HoconObject ResolveRoot(HoconObject root) => (HoconObject)new SubstitutionResolver(root).Resolve(root)!;

    /// <summary>Resolves a node; null means an optional substitution that is not set (the value is omitted).</summary>
    private HoconValue? Resolve(HoconValue value)
    {
        if (value is HoconScalar)
        {
            return value;
        }

        if (_done.TryGetValue(value, out var known))
        {
            return known;
        }

        HoconValue? result;
        switch (value)
        {
            case HoconObject obj:
                result = ResolveObject(obj);
                break;
            case HoconArray array:
                result = new HoconArray(array.Origin, ResolveItems(array.Items));
                break;
            case UnresolvedValue unresolved:
                if (_inProgress.Contains(unresolved))
                {
                    throw CycleError(unresolved);
                }

                _inProgress.Add(unresolved);
                result = ResolveUnresolved(unresolved);
                _inProgress.RemoveAt(_inProgress.Count - 1);
                break;
            default:
                throw new InvalidOperationException($"unexpected node {value.GetType().Name}");
        }

        _done[value] = result;
        return result;
    }

    private HoconObject ResolveObject(HoconObject obj)
    {
        var result = new HoconObject(obj.Origin);
        foreach (var key in obj.Keys)
        {
            if (Resolve(obj[key]) is { } child)
            {
                result.Put(key, child);
            }
        }

        return result;
    }

    private List<HoconValue> ResolveItems(IReadOnlyList<HoconValue> items)
    {
        var result = new List<HoconValue>(items.Count);
        foreach (var item in items)
        {
            if (Resolve(item) is { } resolved)
            {
                result.Add(resolved);
            }
        }

        return result;
    }

    private HoconValue? ResolveUnresolved(UnresolvedValue value) => value switch
    {
        HoconSubstitution substitution => ResolveSubstitution(substitution),
        HoconConcatenation concatenation => ResolveConcatenation(concatenation),
        HoconDelayedMerge merge => ResolveMerge(merge),
        HoconAppend append => new HoconArray(append.Origin, ResolveItems(append.Items)),
        _ => throw new InvalidOperationException($"unexpected node {value.GetType().Name}"),
    };

    private HoconValue? ResolveMerge(HoconDelayedMerge merge)
    {
        var primary = Resolve(merge.Primary);
        if (primary is null)
        {
            return Resolve(merge.Fallback);
        }

        if (primary is HoconObject primaryObject && Resolve(merge.Fallback) is HoconObject fallbackObject)
        {
            return HoconMerge.MergeObjects(primaryObject, fallbackObject);
        }

        return primary;
    }

    private ConfigException CycleError(UnresolvedValue repeated)
    {
        var involved = _inProgress.Skip(_inProgress.IndexOf(repeated)).OfType<HoconSubstitution>().ToList();
        if (involved.Count <= 1)
        {
            var self = involved.Count == 1 ? involved[0] : _inProgress.OfType<HoconSubstitution>().Last();
            return ConfigException.Substitution(
                self.Origin,
                self.PathText,
                $"substitution {self} refers to the value it is part of; self-referential substitutions are not supported");
        }

        var chain = string.Join(" -> ", involved.Append(involved[0]));
        return ConfigException.Substitution(involved[0].Origin, involved[0].PathText, $"substitution cycle: {chain}");
    }
}
