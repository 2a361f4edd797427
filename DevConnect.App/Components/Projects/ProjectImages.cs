using DevConnect.Domain.Media;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.Components;

namespace DevConnect.App.Components.Projects;

public static class ProjectImages
{
    /// <summary>
    /// Where the browser fetches an image when it ignores <see cref="SrcSet"/>: demo assets (SVG) from wwwroot-assets,
    /// uploads from /media/{hash}/{width}.
    /// </summary>
    public static string Url(string key, ResourceAssetCollection assets, int width = 640) =>
        key.StartsWith(ProjectImage.AssetPrefix, StringComparison.Ordinal)
            ? assets[key[ProjectImage.AssetPrefix.Length..]]
            : ImageVariants.Url(key, width);

    /// <summary>Every stored width of an upload, for the browser to pick by <c>sizes</c>; null for a demo SVG, which scales itself.</summary>
    public static string? SrcSet(string key) =>
        key.StartsWith(ProjectImage.AssetPrefix, StringComparison.Ordinal) ? null : ImageVariants.SrcSet(key);
}
