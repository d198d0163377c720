const bool ENABLED = 2
