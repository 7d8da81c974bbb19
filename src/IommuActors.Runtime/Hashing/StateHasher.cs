using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using IommuActors.Runtime.Scheduling;

namespace IommuActors.Runtime.Hashing;

/// <summary>
/// Stable structural hashing of actor state: fields by reflection (sorted by declaring type and name), sets and
/// dictionaries order-independently, references to actors by path. Identical state gives an identical hash in every
/// process, which <see cref="object.GetHashCode"/> does not.
/// </summary>
public sealed class StateHasher
{
    private const int MaxDepth = 32;
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> Fields = new();
    private readonly HashSet<object> _visiting = new(ReferenceEqualityComparer.Instance);
    private StableHash _hash;
    private int _depth;

    /// <summary>Gets the hash of everything added.</summary>
    public ulong Value => _hash.Value;

    /// <summary>Hashes one value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its stable structural hash.</returns>
    public static ulong HashOf(object? value)
    {
        var h = new StateHasher();
        h.Add(value);
        return h.Value;
    }

    /// <summary>Adds a string.</summary>
    /// <param name="text">The text.</param>
    public void Add(string? text) => _hash.Add(text);

    /// <summary>Adds a number.</summary>
    /// <param name="value">The value.</param>
    public void Add(long value) => _hash.Add(value);

    /// <summary>Adds any value structurally.</summary>
    /// <param name="value">The value.</param>
    public void Add(object? value)
    {
        switch (value)
        {
            case null:
                _hash.Add("<null>");
                return;
            case string s:
                _hash.Add(s);
                return;
            case bool b:
                _hash.Add(b ? 1L : 0L);
                return;
            case char c:
                _hash.Add(c);
                return;
            case Enum e:
                _hash.Add(e.GetType().Name);
                _hash.Add(Convert.ToInt64(e, CultureInfo.InvariantCulture));
                return;
            case double d:
                _hash.Add(BitConverter.DoubleToInt64Bits(d));
                return;
            case float f:
                _hash.Add(BitConverter.DoubleToInt64Bits(f));
                return;
            case decimal m:
                _hash.Add(m.ToString(CultureInfo.InvariantCulture));
                return;
            case ulong u:
                _hash.Add(u);
                return;
            case IConvertible when value.GetType().IsPrimitive:
                _hash.Add(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case TimeSpan t:
                _hash.Add(t.Ticks);
                return;
            case IActorRef r:
                _hash.Add(r.Path.ToString());
                return;
            case Type type:
                _hash.Add(TypeNames.Of(type));
                return;
            case Delegate:
                _hash.Add("<delegate>");
                return;
            default:
                AddComposite(value);
                return;
        }
    }

    private static FieldInfo[] FieldsOf(Type type) => Fields.GetOrAdd(type, static t =>
    {
        var list = new List<FieldInfo>();
        for (var cur = t; cur is not null && !IsRuntimeBase(cur); cur = cur.BaseType)
        {
            list.AddRange(cur.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !Skip(f.FieldType)));
        }

        return [.. list.OrderBy(f => f.DeclaringType!.Name, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)];
    });

    private static bool IsRuntimeBase(Type t) =>
        t == typeof(object) || t == typeof(ValueType) || t == typeof(ActorBase) || t == typeof(ReceiveActor) || t == typeof(UntypedActor);

    private static bool Skip(Type t) =>
        typeof(Delegate).IsAssignableFrom(t) || t == typeof(ActorSystem) || t == typeof(IActorContext)
        || t == typeof(IStash) || t == typeof(ITimerScheduler) || typeof(TimeProvider).IsAssignableFrom(t);

    private void AddComposite(object value)
    {
        if (_depth >= MaxDepth || !_visiting.Add(value))
        {
            _hash.Add("<cycle>");
            return;
        }

        _depth++;
        try
        {
            _hash.Add(TypeNames.Of(value.GetType()));
            if (value is IStateHashable custom)
            {
                custom.HashState(this);
            }
            else if (value is IDictionary dictionary)
            {
                AddUnordered(Entries(dictionary));
            }
            else if (value is IEnumerable items && IsSet(value.GetType()))
            {
                AddUnordered(items.Cast<object?>());
            }
            else if (value is IEnumerable sequence)
            {
                var n = 0L;
                foreach (var item in sequence)
                {
                    Add(item);
                    n++;
                }

                _hash.Add(n);
            }
            else
            {
                foreach (var field in FieldsOf(value.GetType()))
                {
                    _hash.Add(field.Name);
                    Add(field.GetValue(value));
                }
            }
        }
        finally
        {
            _depth--;
            _visiting.Remove(value);
        }
    }

    private static IEnumerable<object?> Entries(IDictionary dictionary)
    {
        var e = dictionary.GetEnumerator();
        while (e.MoveNext())
        {
            yield return new KeyValuePair<object, object?>(e.Key, e.Value);
        }
    }

    private static bool IsSet(Type t) => t.GetInterfaces().Any(i => i.IsGenericType
        && (i.GetGenericTypeDefinition() == typeof(ISet<>) || i.GetGenericTypeDefinition() == typeof(IReadOnlySet<>)));

    /// <summary>Order-independent: element hashes are sorted before they are combined.</summary>
    private void AddUnordered(IEnumerable<object?> items)
    {
        var hashes = new List<ulong>();
        foreach (var item in items)
        {
            var sub = new StateHasher { _depth = _depth };
            foreach (var v in _visiting)
            {
                sub._visiting.Add(v);
            }

            if (item is KeyValuePair<object, object?> kv)
            {
                sub.Add(kv.Key);
                sub.Add(kv.Value);
            }
            else
            {
                sub.Add(item);
            }

            hashes.Add(sub.Value);
        }

        hashes.Sort();
        _hash.Add((long)hashes.Count);
        foreach (var h in hashes)
        {
            _hash.Add(h);
        }
    }
}
