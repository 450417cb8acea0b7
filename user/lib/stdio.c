/* Formatted output for user programs.  Each call formats into a stack
 * buffer with lib/vsprintf.c (the kernel's formatter too) and hands the
 * whole text to write(2) at once: no stdio buffer, so output interleaves
 * correctly with direct write() calls and survives a crash right after. */
#include "sys.h"

/* Write everything, retrying after short writes (pipes, terminals). */
static int write_all(int fd, const char *p, size_t n)
{
	size_t done = 0;

	while (done < n) {
		ssize_t r = write(fd, p + done, n - done);

		if (r < 0)
			return -1;
		done += r;
	}
	return 0;
}

/* Longer output is cut at the buffer size; programs print short lines. */
int vdprintf(int fd, const char *fmt, va_list ap)
{
	char buf[1024];
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);

	if (n < 0)
		return n;
	if ((size_t)n >= sizeof(buf))
		n = sizeof(buf) - 1;
	return write_all(fd, buf, n) < 0 ? -1 : n;
}

int dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vdprintf(fd, fmt, ap);
	va_end(ap);
	return n;
}

int printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vdprintf(STDOUT_FILENO, fmt, ap);
	va_end(ap);
	return n;
}

/* Through printf so the string and its newline leave in one write(2). */
int puts(const char *s)
{
	return printf("%s\n", s) < 0 ? -1 : 0;
}

int putchar(int c)
{
	char ch = (char)c;

	return write(STDOUT_FILENO, &ch, 1) == 1 ? (unsigned char)ch : -1;
}
