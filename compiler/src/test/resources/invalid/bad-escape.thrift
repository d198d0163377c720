const string PATH = "C:\data\new"
