enum Color { RED, GREEN }
const Color FAVOURITE = Color.PURPLE
