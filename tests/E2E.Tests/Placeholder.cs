namespace FloeHarden.E2E.Tests; internal static class Placeholder { }
