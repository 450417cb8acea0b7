/* musl/echo_client: the ordinary libc client for echo_server.
 * "echo_client inet PORT" (127.0.0.1) or "echo_client unix NAME" (abstract
 * name) connects, retrying for ~2 s while refused (the server may start
 * later), sends a few lines, shuts down its write side, prints the echo. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

static const char *const lines[] = {
	"hello, echo server\n",
	"socket86 speaks TCP and AF_UNIX\n",
	"\n",                              /* an empty line survives too */
	"last line, then EOF\n",
};

static void fail(const char *what)
{
	printf("client: %s failed: %s\n", what, strerror(errno));
	exit(1);
}

/* The server's address from the command line; returns its length. */
static socklen_t address(const char *kind, const char *where,
			 struct sockaddr_storage *ss, int *family)
{
	memset(ss, 0, sizeof(*ss));
	if (strcmp(kind, "inet") == 0) {
		struct sockaddr_in *a = (struct sockaddr_in *)ss;

		a->sin_family = AF_INET;
		a->sin_port = htons((unsigned short)atoi(where));
		a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		*family = AF_INET;
		return sizeof(*a);
	}
	if (strcmp(kind, "unix") == 0) {
		struct sockaddr_un *u = (struct sockaddr_un *)ss;
		size_t n = strlen(where);

		if (n == 0 || n >= sizeof(u->sun_path)) {
			printf("client: bad name\n");
			exit(2);
		}
		u->sun_family = AF_UNIX;
		memcpy(u->sun_path + 1, where, n);
		*family = AF_UNIX;
		return offsetof(struct sockaddr_un, sun_path) + 1 + n;
	}
	printf("client: unknown kind \"%s\"\n", kind);
	exit(2);
}

/* Both programs start at once, so "refused" only means "not listening
 * yet": try again every 20 ms, 100 times.  A fresh socket each time, as
 * a failed connect leaves a socket in an unspecified state (POSIX). */
static int connect_retry(const struct sockaddr_storage *ss, socklen_t len, int family)
{
	struct timespec nap = { 0, 20 * 1000 * 1000 };
	int tries, fd;

	for (tries = 0; tries < 100; tries++) {
		fd = socket(family, SOCK_STREAM, 0);
		if (fd < 0)
			fail("socket");
		if (connect(fd, (const struct sockaddr *)ss, len) == 0)
			return fd;
		if (errno != ECONNREFUSED && errno != ENOENT)
			fail("connect");
		close(fd);
		nanosleep(&nap, NULL);
	}
	fail("connect");
	return -1;
}

static void write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			fail("write");
		}
		p += w;
		n -= w;
	}
}

int main(int argc, char **argv)
{
	struct sockaddr_storage ss;
	char sent[256], got[4096], *line, *nl;
	size_t nsent = 0, ngot = 0, i;
	socklen_t len;
	int fd, family;

	if (argc != 3) {
		fprintf(stderr, "usage: echo_client inet PORT | unix NAME\n");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);

	len = address(argv[1], argv[2], &ss, &family);
	fd = connect_retry(&ss, len, family);
	printf("client: connected\n");

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		size_t n = strlen(lines[i]);

		write_all(fd, lines[i], n);
		memcpy(sent + nsent, lines[i], n);
		nsent += n;
	}
	printf("client: sent %zu bytes\n", nsent);
	/* EOF for the server: its echo loop ends and it closes, which is
	 * our EOF in turn. */
	if (shutdown(fd, SHUT_WR) < 0)
		fail("shutdown");

	for (;;) {
		ssize_t r = read(fd, got + ngot, sizeof(got) - 1 - ngot);

		if (r == 0)
			break;
		if (r < 0) {
			if (errno == EINTR)
				continue;
			fail("read");
		}
		ngot += r;
		if (ngot == sizeof(got) - 1)
			break;
	}
	got[ngot] = 0;
	close(fd);
	printf("client: received %zu bytes\n", ngot);
	for (line = got; (nl = strchr(line, '\n')) != NULL; line = nl + 1)
		printf("client: got \"%.*s\"\n", (int)(nl - line), line);
	if (*line)
		printf("client: got \"%s\" (no newline)\n", line);
	printf("client: echo matches: %s\n",
	       ngot == nsent && memcmp(sent, got, nsent) == 0 ? "yes" : "no");
	printf("client: done\n");
	return 0;
}
