/* musl/http_once: the smallest HTTP server that wget (busybox's, say) can
 * fetch from, for testing a client against a server in the same kernel.
 * "http_once PORT LINES" listens on 127.0.0.1:PORT, takes one connection,
 * reads the request up to its empty line, and answers 200 with a body of
 * LINES numbered lines ("body line N of LINES\n"), Content-Length and all,
 * then closes and exits 0.  It prints nothing on success, so the console
 * shows only what the client prints; errors go to stderr, exit 1.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

static void fail(const char *what)
{
	fprintf(stderr, "http_once: %s: %s\n", what, strerror(errno));
	exit(1);
}

/* Write all of buf; a short send is continued, as a stream allows. */
static void send_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t n = send(fd, buf, len, MSG_NOSIGNAL);

		if (n < 0)
			fail("send");
		buf += n;
		len -= (size_t)n;
	}
}

int main(int argc, char **argv)
{
	struct sockaddr_in a;
	char req[4096], head[256], *body;
	size_t have = 0, blen = 0, cap;
	int l, c, one = 1, lines, i;

	if (argc != 3) {
		fprintf(stderr, "usage: http_once PORT LINES\n");
		return 2;
	}
	lines = atoi(argv[2]);
	l = socket(AF_INET, SOCK_STREAM, 0);
	if (l < 0)
		fail("socket");
	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short)atoi(argv[1]));
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(l, (struct sockaddr *)&a, sizeof(a)) < 0)
		fail("bind");
	if (listen(l, 1) < 0)
		fail("listen");
	c = accept(l, NULL, NULL);
	if (c < 0)
		fail("accept");
	close(l);

	/* The request ends with an empty line; what it asks for does not
	 * matter here. */
	for (;;) {
		ssize_t n = recv(c, req + have, sizeof(req) - 1 - have, 0);

		if (n <= 0)
			fail("recv (request cut short)");
		have += (size_t)n;
		req[have] = 0;
		if (strstr(req, "\r\n\r\n") || strstr(req, "\n\n"))
			break;
		if (have == sizeof(req) - 1)
			fail("recv (request too long)");
	}

	cap = (size_t)lines * 40 + 1;
	body = malloc(cap);
	if (!body)
		fail("malloc");
	for (i = 1; i <= lines; i++)
		blen += (size_t)snprintf(body + blen, cap - blen, "body line %d of %d\n", i, lines);
	snprintf(head, sizeof(head),
		 "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %zu\r\n"
		 "Connection: close\r\n\r\n", blen);
	send_all(c, head, strlen(head));
	send_all(c, body, blen);
	close(c);
	free(body);
	return 0;
}
