namespace IommuActors.Exploration.Dpor;

/// <summary>Depth-first enumeration of the data choices made outside any event (set-up code).</summary>
internal sealed class ChoiceTree
{
    private readonly List<(int Value, int Arity)> _path = [];
    private int _position;

    public void Rewind() => _position = 0;

    public int Next(int arity)
    {
        if (_position < _path.Count)
        {
            return _path[_position++].Value;
        }

        _path.Add((0, arity));
        _position++;
        return 0;
    }

    /// <summary>Moves to the next choice vector; false when all were explored.</summary>
    public bool Advance()
    {
        while (_path.Count > 0 && _path[^1].Value + 1 >= _path[^1].Arity)
        {
            _path.RemoveAt(_path.Count - 1);
        }

        if (_path.Count == 0)
        {
            return false;
        }

        _path[^1] = (_path[^1].Value + 1, _path[^1].Arity);
        return true;
    }
}
