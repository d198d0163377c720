union Shape { 1: double circle, 2: double square }
const Shape BOTH = {"circle": 1.0, "square": 2.0}
