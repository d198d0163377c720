const string NAME = 42
