using System.Globalization;

namespace DevConnect.CircuitLoad;

/// <summary>Nearest-rank percentiles over a sample, in the sample's own unit.</summary>
internal sealed class Stats
{
    private readonly double[] _sorted;

    public Stats(IEnumerable<double> values)
    {
        _sorted = [.. values.Order()];
    }

    public int Count => _sorted.Length;

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    public double Mean => _sorted.Length == 0 ? double.NaN : _sorted.Average();

    public double P(double percentile)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }

    public string Summary(string unit) => Count == 0
        ? "no sample"
        : string.Create(CultureInfo.InvariantCulture, $"p50 {P(50):N1} {unit}, p95 {P(95):N1}, p99 {P(99):N1}, max {Max:N1} (n={Count})");
}
