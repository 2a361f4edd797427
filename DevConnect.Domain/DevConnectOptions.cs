namespace DevConnect.Domain;

/// <summary>Bound from the <c>DevConnect</c> section.</summary>
public sealed class DevConnectOptions
{
    public const string Section = "DevConnect";

    /// <summary>Seed the demo community into an empty database on start (true in Development).</summary>
    public bool SeedDemoData { get; set; }
}
