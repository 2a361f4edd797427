namespace DevConnect.Tests.Infrastructure;

/// <summary>The app over its own temp folder with the demo community seeded, shared by the HTTP test classes.</summary>
public sealed class SeededAppFactory : DevConnectAppFactory
{
    public SeededAppFactory() => SeedDemoData = true;
}
