/* musl/pollclient: pollserver's client.  "pollclient PORT ID LINES" connects
 * to 127.0.0.1:PORT (retrying ~3 s while refused), waits for "go", then sends
 * LINES lines, each only after the answer to the last, and checks them: a
 * server that serves one client at a time would never get past the first. */
#include <ctype.h>
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

static void fail(const char *id, const char *what)
{
	printf("pollclient %s: %s failed: %s\n", id, what, strerror(errno));
	exit(1);
}

/* Refused only means "not listening yet": a fresh socket every 20 ms,
 * 150 times. */
static int connect_retry(const char *id, int port)
{
	struct timespec nap = { 0, 20 * 1000 * 1000 };
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	for (int tries = 0; tries < 150; tries++) {
		int fd = socket(AF_INET, SOCK_STREAM, 0);

		if (fd < 0)
			fail(id, "socket");
		if (connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0)
			return fd;
		if (errno != ECONNREFUSED)
			fail(id, "connect");
		close(fd);
		nanosleep(&nap, NULL);
	}
	fail(id, "connect");
	return -1;
}

static void send_all(const char *id, int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = send(fd, p, n, 0);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			fail(id, "send");
		}
		p += w;
		n -= (size_t)w;
	}
}

/* The next line from fd (without its newline) into out; 0 at EOF. */
static int read_line(const char *id, int fd, char *out, size_t outsize)
{
	char *nl;

	while ((nl = memchr(inbuf, '\n', inlen)) == NULL) {
		ssize_t r;

		if (inlen == sizeof(inbuf)) {
			printf("pollclient %s: answer too long\n", id);
			exit(1);
		}
		r = recv(fd, inbuf + inlen, sizeof(inbuf) - inlen, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			fail(id, "recv");
		if (r == 0)
			return 0;
		inlen += (size_t)r;
	}
	size_t n = (size_t)(nl - inbuf);

	snprintf(out, outsize, "%.*s", (int)n, inbuf);
	memmove(inbuf, nl + 1, inlen - n - 1);
	inlen -= n + 1;
	return 1;
}

int main(int argc, char **argv)
{
	char line[256], want[256], got[256];
	int port, nlines, fd, correct = 0;
	const char *id;

	if (argc != 4 || (port = atoi(argv[1])) <= 0 || (nlines = atoi(argv[3])) < 0) {
		fprintf(stderr, "usage: pollclient PORT ID LINES\n");
		return 2;
	}
	id = argv[2];
	setvbuf(stdout, NULL, _IOLBF, 0);

	fd = connect_retry(id, port);
	if (!read_line(id, fd, got, sizeof(got)) || strcmp(got, "go") != 0) {
		printf("pollclient %s: expected \"go\"\n", id);
		return 1;
	}
	for (int k = 1; k <= nlines; k++) {
		int n = snprintf(line, sizeof(line), "client %s line %d\n", id, k);

		for (int i = 0; i < n - 1; i++)
			want[i] = (char)toupper((unsigned char)line[i]);
		want[n - 1] = 0;
		send_all(id, fd, line, (size_t)n);
		if (!read_line(id, fd, got, sizeof(got))) {
			printf("pollclient %s: EOF before answer %d\n", id, k);
			return 1;
		}
		if (strcmp(got, want) == 0)
			correct++;
		else
			printf("pollclient %s: answer %d is \"%s\"\n", id, k, got);
	}
	/* EOF for the server, which then closes: our EOF in turn. */
	if (shutdown(fd, SHUT_WR) < 0)
		fail(id, "shutdown");
	if (read_line(id, fd, got, sizeof(got)) || inlen != 0) {
		printf("pollclient %s: unexpected data after the answers\n", id);
		return 1;
	}
	close(fd);
	printf("pollclient %s: %d answers correct\n", id, correct);
	return correct == nlines ? 0 : 1;
}
