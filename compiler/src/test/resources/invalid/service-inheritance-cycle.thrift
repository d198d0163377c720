service A extends B { void a() }
service B extends A { void b() }
