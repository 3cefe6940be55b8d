using Negotiation.Cli;

return ToolCommandLine.Run(args);
