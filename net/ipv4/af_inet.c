void inet_init(void) {}
