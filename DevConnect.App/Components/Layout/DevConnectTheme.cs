using MudBlazor;

namespace DevConnect.App.Components.Layout;

internal static class DevConnectTheme
{
    // System fonts: no web font download, nothing for the CSP to allow, fast first paint.
    private static readonly string[] _fonts = ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4338CA",
            PrimaryContrastText = "#FFFFFF",
            Secondary = "#0F766E",
            SecondaryContrastText = "#FFFFFF",
            Tertiary = "#B45309",
            // Status colours darkened from MudBlazor's defaults so text and outlines reach 4.5:1 on white.
            Error = "#B91C1C",
            ErrorContrastText = "#FFFFFF",
            Warning = "#B45309",
            WarningContrastText = "#FFFFFF",
            Info = "#1D4ED8",
            InfoContrastText = "#FFFFFF",
            Success = "#047857",
            SuccessContrastText = "#FFFFFF",
            AppbarBackground = "#FFFFFF",
            AppbarText = "#1F2937",
            Background = "#F6F7FB",
            Surface = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            TextPrimary = "#1F2937",
            TextSecondary = "#4B5563",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#A5B4FC",
            PrimaryContrastText = "#111827",
            Secondary = "#5EEAD4",
            SecondaryContrastText = "#111827",
            Tertiary = "#FCD34D",
            TertiaryContrastText = "#111827",
            Error = "#FCA5A5",
            ErrorContrastText = "#111827",
            Warning = "#FCD34D",
            WarningContrastText = "#111827",
            Info = "#93C5FD",
            InfoContrastText = "#111827",
            Success = "#6EE7B7",
            SuccessContrastText = "#111827",
            AppbarBackground = "#161A23",
            AppbarText = "#E5E7EB",
            Background = "#0F1219",
            Surface = "#161A23",
            DrawerBackground = "#161A23",
            TextPrimary = "#E5E7EB",
            TextSecondary = "#B6BCC8",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = _fonts },
            H1 = new H1Typography { FontFamily = _fonts, FontWeight = "800", FontSize = "2.6rem", LineHeight = "1.15", LetterSpacing = "-0.02em" },
            H2 = new H2Typography { FontFamily = _fonts, FontWeight = "700", FontSize = "1.8rem", LineHeight = "1.25" },
            H3 = new H3Typography { FontFamily = _fonts, FontWeight = "700", FontSize = "1.35rem", LineHeight = "1.3" },
            Button = new ButtonTypography { FontFamily = _fonts, FontWeight = "600", TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
    };
}
