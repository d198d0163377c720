enum Color { RED, GREEN }
enum Size { SMALL, LARGE }
const Color DEFAULT_COLOR = Size.SMALL
