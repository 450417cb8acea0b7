/* readline: reads lines from the console (fd 0) until end of file and
 * reports each one — the read(2) path from the serial port's interrupt,
 * through the tty's line discipline, to a process sleeping in read. */
#include "ulib.h"

int main(void)
{
	char buf[128];
	long n;
	int lines = 0;

	printf("readline: type lines, Ctrl-D to end\n");
	while ((n = read(0, buf, sizeof(buf) - 1)) > 0) {
		buf[n] = '\0';
		if (buf[n - 1] == '\n')
			buf[n - 1] = '\0';
		printf("readline: got \"%s\" (%ld bytes)\n", buf, n);
		lines++;
	}
	printf("readline: end of file after %d line(s), read returned %ld\n", lines, n);
	return lines;
}
