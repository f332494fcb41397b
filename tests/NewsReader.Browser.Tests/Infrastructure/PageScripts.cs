namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>Small functions evaluated in the page, kept here so tests read as what they check.</summary>
public static class PageScripts
{
    /// <summary>
    /// Names an element for an assertion message: tag, id or classes, and the start of its text.
    /// Defined once per call because evaluated functions cannot share state.
    /// </summary>
    public const string Describe = """
        const describe = (element) => {
          const id = element.id ? `#${element.id}` : "";
          const classes = [...element.classList].map((name) => `.${name}`).join("");
          const text = (element.innerText || element.value || element.getAttribute("aria-label") || "").trim().slice(0, 30);
          return `${element.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ""}`;
        };
        """;

    /// <summary>
    /// The WCAG relative luminance (0 black to 1 white) of the body's background, or the root's when the
    /// body's is transparent. A canvas converts any CSS colour syntax (rgb, oklch, color()) to sRGB bytes.
    /// </summary>
    public const string BackgroundLuminance = """
        () => {
          const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
          const rgba = (color) => {
            context.clearRect(0, 0, 1, 1);
            context.fillStyle = color;
            context.fillRect(0, 0, 1, 1);
            return context.getImageData(0, 0, 1, 1).data;
          };
          let color = rgba(getComputedStyle(document.body).backgroundColor);
          if (color[3] === 0) color = rgba(getComputedStyle(document.documentElement).backgroundColor);
          const linear = (byte) => {
            const c = byte / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * linear(color[0]) + 0.7152 * linear(color[1]) + 0.0722 * linear(color[2]);
        }
        """;
}
