package io.parley.it.routes;

import io.parley.it.common.Point;
import java.util.List;

/** Uses a type from this project's IDL that refers to a type from the dependency's IDL. */
public final class Routes {
  private Routes() {}

  public static Route home() {
    return Route.builder().name("home").points(List.of(Point.builder().lat(52.5).lon(13.4).build())).build();
  }
}
