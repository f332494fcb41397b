using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsReader.Web.Pages.Errors;

/// <summary>
/// The friendly page for every error status. The status-code and exception middleware re-execute
/// the request here; the original status code is kept, and exception details stay in the log.
/// </summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Title => Code switch
    {
        404 => "Page not found",
        410 => "This article has been removed",
        >= 500 => "Something went wrong",
        _ => "This request could not be served",
    };

    public string Explanation => Code switch
    {
        404 => "There is no article at this address. It may have been mistyped.",
        410 => "The article that was here has been taken down and will not come back at this address.",
        >= 500 => "The problem has been logged. Please try again in a moment.",
        _ => $"The server answered with status {Code}.",
    };

    public void OnGet(int code)
    {
        // Opened directly, /errors/200 is not an error page for anything: treat it as not found.
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
