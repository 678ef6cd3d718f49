namespace FloeHarden.Core; public static class Placeholder { public static int Value => 1; }
