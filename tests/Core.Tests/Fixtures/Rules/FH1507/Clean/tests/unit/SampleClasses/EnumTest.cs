namespace Shop.Tests.Unit.SampleClasses;

public enum Mood { Happy, SoSo }

public class MoodHolder
{
    public Mood Mood { get; set; }
}
