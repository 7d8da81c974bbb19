using IommuActors.Configuration.Model;

namespace IommuActors.Configuration.Resolution;

/// <summary>Layers one value over another: objects merge deeply, anything else replaces what it falls back to.</summary>
internal static class HoconMerge
{
    /// <summary>Merges <paramref name="primary"/> over <paramref name="fallback"/>.</summary>
    public static HoconValue Merge(HoconValue primary, HoconValue? fallback) => (primary, fallback) switch
    {
        (_, null) => primary,
        (HoconObject p, HoconObject f) => MergeObjects(p, f),
        (HoconAppend p, _) => Append(p, fallback),
        (HoconObject p, UnresolvedValue f) => new HoconDelayedMerge(p, f),
        (UnresolvedValue p, _) => new HoconDelayedMerge(p, fallback),
        _ => primary,
    };

    /// <summary>Merges two objects; the fallback's keys keep their order, new keys of the primary go last.</summary>
    public static HoconObject MergeObjects(HoconObject primary, HoconObject fallback)
    {
        var result = new HoconObject(primary.Origin);
        foreach (var key in fallback.Keys)
        {
            var fallbackValue = fallback[key];
            result.Put(key, primary.TryGet(key, out var primaryValue) ? Merge(primaryValue, fallbackValue) : fallbackValue);
        }

        foreach (var key in primary.Keys)
        {
            if (fallback.GetOrNull(key) is null)
            {
                result.Put(key, primary[key]);
            }
        }

        return result;
    }

    private static HoconValue Append(HoconAppend append, HoconValue fallback) => fallback switch
    {
        HoconArray array => new HoconArray(array.Origin, [.. array.Items, .. append.Items]),
        HoconAppend earlier => new HoconAppend(earlier.Origin, [.. earlier.Items, .. append.Items]),
        UnresolvedValue => new HoconConcatenation(append.Origin, [fallback, new HoconArray(append.Origin, append.Items)], ["", ""]),
        _ => throw ConfigException.Parse(
            append.Origin,
            $"'+=' appends to an array, but the value it appends to is {fallback.Describe()} ({fallback.Origin})"),
    };
}
