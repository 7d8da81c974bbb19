using System.Collections.Concurrent;
using System.Text;

namespace IommuActors.Runtime.Scheduling;

/// <summary>
/// Message type names as schedules record them: the type's name without namespace (nested types keep their
/// declaring type, generics list their arguments), so moving a message to another namespace keeps old schedules valid.
/// </summary>
public static class TypeNames
{
    private static readonly ConcurrentDictionary<Type, string> Cache = new();

    /// <summary>Returns the schedule name of <paramref name="type"/>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>E.g. <c>Ping</c>, <c>Outer.Inner</c>, <c>Box[Int32]</c>.</returns>
    public static string Of(Type type) => Cache.GetOrAdd(type, Build);

    private static string Build(Type type)
    {
        var sb = new StringBuilder();
        if (type.DeclaringType is { } outer && !type.IsGenericParameter)
        {
            sb.Append(Of(outer)).Append('.');
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        sb.Append(tick >= 0 ? name[..tick] : name);
        if (type.IsGenericType)
        {
            sb.Append('[').AppendJoin(',', type.GetGenericArguments().Select(Of)).Append(']');
        }

        return sb.ToString();
    }
}
