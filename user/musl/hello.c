/* musl/hello: an ordinary C program built with musl libc (static).  It
 * tests the start-up a real libc expects from the kernel: set_thread_area,
 * set_tid_address, ioctl(TIOCGWINSZ) on stdout, writev, exit_group. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	printf("hello from musl libc\n");
	printf("argc = %d\n", argc);
	for (int i = 0; i < argc; i++)
		printf("argv[%d] = %s\n", i, argv[i]);
	return argc > 1 ? atoi(argv[1]) : 0;
}
