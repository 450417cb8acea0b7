/* musl/forkclient: forkserver's client.  "forkclient PORT ID LINES DELAY_MS"
 * waits DELAY_MS, connects to 127.0.0.1:PORT (retrying while refused),
 * waits for "go", then sends LINES lines, each after the echo of the last,
 * and checks the echoes. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

static char inbuf[512];
static size_t inlen;
static const char *id;

static void fail(const char *what)
{
	printf("forkclient %s: %s failed: %s\n", id, what, strerror(errno));
	exit(1);
}

static void msleep(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

static int connect_retry(int port)
{
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	for (int tries = 0; tries < 150; tries++) {
		int fd = socket(AF_INET, SOCK_STREAM, 0);

		if (fd < 0)
			fail("socket");
		if (connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0)
			return fd;
		if (errno != ECONNREFUSED)
			fail("connect");
		close(fd);
		msleep(20);
	}
	fail("connect");
	return -1;
}

/* The next line from fd (without its newline); 0 at EOF. */
static int read_line(int fd, char *out, size_t outsize)
{
	char *nl;
	size_t n;

	while ((nl = memchr(inbuf, '\n', inlen)) == NULL) {
		ssize_t r;

		if (inlen == sizeof(inbuf))
			fail("a short line");
		r = recv(fd, inbuf + inlen, sizeof(inbuf) - inlen, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			fail("recv");
		if (r == 0)
			return 0;
		inlen += (size_t)r;
	}
	n = (size_t)(nl - inbuf);
	snprintf(out, outsize, "%.*s", (int)n, inbuf);
	memmove(inbuf, nl + 1, inlen - n - 1);
	inlen -= n + 1;
	return 1;
}

int main(int argc, char **argv)
{
	char line[256], got[256];
	int port, nlines, fd, correct = 0;

	if (argc != 5 || (port = atoi(argv[1])) <= 0 || (nlines = atoi(argv[3])) < 0) {
		fprintf(stderr, "usage: forkclient PORT ID LINES DELAY_MS\n");
		return 2;
	}
	id = argv[2];
	setvbuf(stdout, NULL, _IOLBF, 0);
	msleep(atol(argv[4]));
	fd = connect_retry(port);
	if (!read_line(fd, got, sizeof(got)) || strcmp(got, "go") != 0) {
		printf("forkclient %s: expected \"go\"\n", id);
		return 1;
	}
	for (int k = 1; k <= nlines; k++) {
		int n = snprintf(line, sizeof(line), "client %s line %d\n", id, k);

		if (send(fd, line, (size_t)n, 0) != n)
			fail("send");
		line[n - 1] = 0;
		if (!read_line(fd, got, sizeof(got)))
			fail("an echo");
		if (strcmp(got, line) == 0)
			correct++;
	}
	close(fd);
	printf("forkclient %s: %d of %d lines echoed\n", id, correct, nlines);
	return correct == nlines ? 0 : 1;
}
