// Each test drives several real `dotnet` processes on 2 shared cores: run them one at a time.
[assembly: DoNotParallelize]
