/* musl/echo_server: an ordinary libc TCP / AF_UNIX echo server, the partner
 * of echo_client.  "echo_server inet PORT N" (127.0.0.1) or "echo_server
 * unix NAME N" (abstract name) serves N connections one after another,
 * echoing each until EOF.  Every line starts "server:" (shared console). */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

static void fail(const char *what)
{
	printf("server: %s failed: %s\n", what, strerror(errno));
	exit(1);
}

/* A listening socket on 127.0.0.1:PORT, or on the abstract AF_UNIX name
 * NAME (sun_path[0] = 0; the address length delimits the name). */
static int listen_on(const char *kind, const char *where)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int fd, one = 1;

	memset(&ss, 0, sizeof(ss));
	if (strcmp(kind, "inet") == 0) {
		struct sockaddr_in *a = (struct sockaddr_in *)&ss;

		a->sin_family = AF_INET;
		a->sin_port = htons((unsigned short)atoi(where));
		a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		len = sizeof(*a);
		fd = socket(AF_INET, SOCK_STREAM, 0);
		if (fd < 0)
			fail("socket");
		/* a rerun must not trip over TIME_WAIT from the last one */
		if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0)
			fail("setsockopt");
	} else if (strcmp(kind, "unix") == 0) {
		struct sockaddr_un *u = (struct sockaddr_un *)&ss;
		size_t n = strlen(where);

		if (n == 0 || n >= sizeof(u->sun_path)) {
			printf("server: bad name\n");
			exit(2);
		}
		u->sun_family = AF_UNIX;
		memcpy(u->sun_path + 1, where, n);
		len = offsetof(struct sockaddr_un, sun_path) + 1 + n;
		fd = socket(AF_UNIX, SOCK_STREAM, 0);
		if (fd < 0)
			fail("socket");
	} else {
		printf("server: unknown kind \"%s\"\n", kind);
		exit(2);
	}
	if (bind(fd, (struct sockaddr *)&ss, len) < 0)
		fail("bind");
	if (listen(fd, 8) < 0)
		fail("listen");
	return fd;
}

/* Echo everything back until the client shuts down its sending side;
 * returns the byte count. */
static long echo(int fd)
{
	char buf[4096];
	long total = 0;

	for (;;) {
		ssize_t n = read(fd, buf, sizeof(buf)), off = 0;

		if (n == 0)
			return total;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			fail("read");
		}
		while (off < n) {
			ssize_t w = write(fd, buf + off, n - off);

			if (w < 0) {
				if (errno == EINTR)
					continue;
				fail("write");
			}
			off += w;
		}
		total += n;
	}
}

int main(int argc, char **argv)
{
	int lfd, i, n;

	if (argc != 4 || (n = atoi(argv[3])) < 1) {
		fprintf(stderr, "usage: echo_server inet PORT N | unix NAME N\n");
		return 2;
	}
	/* One write(2) per line, so lines never mix with the client's. */
	setvbuf(stdout, NULL, _IOLBF, 0);

	lfd = listen_on(argv[1], argv[2]);
	printf("server: listening\n");
	for (i = 1; i <= n; i++) {
		int fd = accept(lfd, NULL, NULL);
		long k;

		if (fd < 0)
			fail("accept");
		printf("server: connection %d\n", i);
		k = echo(fd);
		printf("server: echoed %ld bytes\n", k);
		close(fd);
	}
	close(lfd);
	printf("server: done\n");
	return 0;
}
