/* musl/hello: an ordinary C program, built with musl libc and with glibc
 * (both static).  It tests the start-up a real libc expects from the
 * kernel: set_thread_area, set_tid_address, ioctl(TIOCGWINSZ) on stdout,
 * writev, exit_group — and, for glibc, SSE2 string functions. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
#ifdef __GLIBC__
	printf("hello from glibc\n");
#else
	printf("hello from musl libc\n");
#endif
	printf("argc = %d\n", argc);
	for (int i = 0; i < argc; i++)
		printf("argv[%d] = %s\n", i, argv[i]);
	return argc > 1 ? atoi(argv[1]) : 0;
}
