/* musl/ttytest: the console as a terminal — isatty, the termios settings
 * (TCGETS), changing them (TCSETS*, tcsetattr), the window size, tcdrain
 * (TCSBRK), tcflush (TCFLSH) — and that libc line-buffers a terminal's
 * stdout.  Run on socket86's console and, on Linux, on a pseudo-terminal
 * (script(1)); the output must be the same.  The control flags (c_cflag)
 * say which hardware a terminal is (baud rate, HUPCL), so only their
 * character size and CREAD are compared.  With "raw" it reads in raw
 * mode instead.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>

static void flags(const char *what, unsigned v, const char *const names[], const unsigned bits[], int n)
{
	printf("%s:", what);
	for (int i = 0; i < n; i++)
		if (v & bits[i])
			printf(" %s", names[i]);
	printf("\n");
}

/* "raw": what an editor does — no line editing, no echo — then read
 * what is typed: the bytes come without waiting for Enter, and the
 * terminal does not show them. */
static int raw(void)
{
	struct termios t, saved;
	unsigned char buf[16];
	ssize_t n;

	printf("raw: stdin is a terminal: %s\n", isatty(0) ? "yes" : "no");
	tcgetattr(0, &saved);
	t = saved;
	t.c_lflag &= ~(ICANON | ECHO);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	printf("raw: tcsetattr: %d\n", tcsetattr(0, TCSAFLUSH, &t));
	n = read(0, buf, sizeof(buf));
	printf("raw: read %zd byte(s):", n);
	for (ssize_t i = 0; i < n; i++)
		printf(" %02x", buf[i]);
	printf("\n");
	tcsetattr(0, TCSANOW, &saved);
	return 0;
}

int main(int argc, char **argv)
{
	static const char *const in[] = { "IGNBRK", "BRKINT", "IGNPAR", "INPCK", "ISTRIP", "INLCR", "IGNCR", "ICRNL", "IXON", "IXOFF", "IXANY", "IMAXBEL", "IUTF8" };
	static const unsigned inb[] = { IGNBRK, BRKINT, IGNPAR, INPCK, ISTRIP, INLCR, IGNCR, ICRNL, IXON, IXOFF, IXANY, IMAXBEL, IUTF8 };
	static const char *const out[] = { "OPOST", "ONLCR", "OCRNL", "ONOCR", "ONLRET" };
	static const unsigned outb[] = { OPOST, ONLCR, OCRNL, ONOCR, ONLRET };
	static const char *const loc[] = { "ISIG", "ICANON", "ECHO", "ECHOE", "ECHOK", "ECHONL", "NOFLSH", "TOSTOP", "ECHOCTL", "ECHOPRT", "ECHOKE", "IEXTEN" };
	static const unsigned locb[] = { ISIG, ICANON, ECHO, ECHOE, ECHOK, ECHONL, NOFLSH, TOSTOP, ECHOCTL, ECHOPRT, ECHOKE, IEXTEN };
	struct termios t, t2;
	struct winsize ws;
	int r;

	if (argc > 1 && !strcmp(argv[1], "raw"))
		return raw();

	/* Buffered output first: a line-buffered stdout has written this
	 * line by the time write(2) below runs, a fully buffered one not. */
	printf("stdout line 1 (through stdio)\n");
	write(1, "stdout line 2 (write)\n", 22);
	/* Descriptor 1 throughout: tools/run may give the program its input
	 * as a pipe on descriptor 0, as a shell would. */
	printf("isatty: stdout %d, stderr %d\n", isatty(1), isatty(2));
	r = tcgetattr(1, &t);
	printf("tcgetattr: %d\n", r);
	flags("c_iflag", t.c_iflag, in, inb, sizeof(inb) / sizeof(inb[0]));
	flags("c_oflag", t.c_oflag, out, outb, sizeof(outb) / sizeof(outb[0]));
	flags("c_lflag", t.c_lflag, loc, locb, sizeof(locb) / sizeof(locb[0]));
	printf("c_cflag: CS8 %s, CREAD %s\n", (t.c_cflag & CSIZE) == CS8 ? "yes" : "no", t.c_cflag & CREAD ? "yes" : "no");
	printf("c_cc: VINTR %d VQUIT %d VERASE %d VKILL %d VEOF %d VTIME %d VMIN %d VSTART %d VSTOP %d VSUSP %d VEOL %d"
	       " VREPRINT %d VDISCARD %d VWERASE %d VLNEXT %d VEOL2 %d\n",
	       t.c_cc[VINTR], t.c_cc[VQUIT], t.c_cc[VERASE], t.c_cc[VKILL], t.c_cc[VEOF], t.c_cc[VTIME],
	       t.c_cc[VMIN], t.c_cc[VSTART], t.c_cc[VSTOP], t.c_cc[VSUSP], t.c_cc[VEOL], t.c_cc[VREPRINT],
	       t.c_cc[VDISCARD], t.c_cc[VWERASE], t.c_cc[VLNEXT], t.c_cc[VEOL2]);

	/* Raw mode, as an editor sets it, read back, then restored. */
	t2 = t;
	t2.c_lflag &= ~(ICANON | ECHO);
	t2.c_cc[VMIN] = 1;
	t2.c_cc[VTIME] = 0;
	printf("tcsetattr(TCSANOW, no ICANON, no ECHO): %d\n", tcsetattr(1, TCSANOW, &t2));
	tcgetattr(1, &t2);
	flags("c_lflag", t2.c_lflag, loc, locb, sizeof(locb) / sizeof(locb[0]));
	printf("tcsetattr(TCSAFLUSH, the original): %d\n", tcsetattr(1, TCSAFLUSH, &t));
	tcgetattr(1, &t2);
	printf("restored: %s\n", t2.c_lflag == t.c_lflag && t2.c_iflag == t.c_iflag ? "yes" : "no");
	printf("tcsetattr(TCSADRAIN): %d\n", tcsetattr(1, TCSADRAIN, &t));

	printf("TIOCGWINSZ: %d\n", ioctl(1, TIOCGWINSZ, &ws));
	ws.ws_row = 30;
	ws.ws_col = 100;
	printf("TIOCSWINSZ 100x30: %d\n", ioctl(1, TIOCSWINSZ, &ws));
	memset(&ws, 0, sizeof(ws));
	ioctl(1, TIOCGWINSZ, &ws);
	printf("TIOCGWINSZ: %dx%d\n", ws.ws_col, ws.ws_row);
	printf("tcdrain: %d\n", tcdrain(1));
	printf("tcflush(TCIFLUSH): %d\n", tcflush(1, TCIFLUSH));
	/* Not TCOFLUSH or TCIOFLUSH: on a pty they drop the lines above that
	 * script(1) has not read yet. */
	errno = 0;
	r = ioctl(1, TCFLSH, 7);
	printf("TCFLSH 7: %d %s\n", r, errno == EINVAL ? "EINVAL" : strerror(errno));
	errno = 0;
	r = ioctl(1, TCGETS, (void *)16);
	printf("TCGETS, bad pointer: %d %s\n", r, errno == EFAULT ? "EFAULT" : strerror(errno));
	return 0;
}
