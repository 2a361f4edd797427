using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.Components;

namespace DevConnect.App.Components.Projects;

public static class ProjectImages
{
    /// <summary>Where the browser fetches an image: demo assets from wwwroot-assets, uploads from /media/{hash}.</summary>
    public static string Url(string key, ResourceAssetCollection assets) =>
        key.StartsWith(ProjectImage.AssetPrefix, StringComparison.Ordinal)
            ? assets[key[ProjectImage.AssetPrefix.Length..]]
            : $"media/{key}";
}
