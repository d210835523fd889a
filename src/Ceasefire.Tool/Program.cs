using System;
using System.IO;
using Ceasefire.Tool;

// The ceasefire tool. Output is UTF-8 whatever the locale: standard output and error are written through UTF-8 writers,
// not through the console's encoding (which follows the locale's charset). Colour only on a terminal, never with NO_COLOR.
var stdout = new StreamWriter(Console.OpenStandardOutput(), Output.Utf8) { AutoFlush = false, NewLine = "\n" };
var stderr = new StreamWriter(Console.OpenStandardError(), Output.Utf8) { AutoFlush = true, NewLine = "\n" };
int? width = null;
if (!Console.IsOutputRedirected)
{
    try
    {
        width = Console.WindowWidth > 0 ? Console.WindowWidth : null;
    }
    catch (IOException)
    {
        width = null;
    }
}

System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
try
{
    var colour = Colour.Enabled(!Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));
    return Cli.Run(args, new CliContext { Out = stdout, Error = stderr, TerminalWidth = width, Colour = colour });
}
finally
{
    stdout.Flush();
}
