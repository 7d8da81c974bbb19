using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>The words a setting accepts and what each means.</summary>
/// <typeparam name="T">The meaning.</typeparam>
/// <param name="what">What a word names, for errors (e.g. <c>architecture</c>).</param>
/// <param name="entries">The words, in the order errors list them.</param>
internal sealed class Vocabulary<T>(string what, params (string Word, T Value)[] entries)
{
    public IEnumerable<string> Words => entries.Select(e => e.Word);

    /// <summary>Looks a word up.</summary>
    /// <exception cref="ScenarioException">The word is not in the vocabulary.</exception>
    public T Parse(Located word)
    {
        foreach (var (text, value) in entries)
        {
            if (string.Equals(text, word.Value, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw ScenarioException.UnknownWord(word.Origin, word.Path, what, word.Value, Words);
    }
}
