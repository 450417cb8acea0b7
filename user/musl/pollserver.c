/* musl/pollserver: one process serving several TCP clients at once with a
 * single poll(2) loop.  "pollserver PORT NCLIENTS" (127.0.0.1) accepts all
 * NCLIENTS, says "go" to each once all are connected, answers every request
 * line with its upper-cased copy, and exits 0 after the last one hangs up. */
#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#define MAXCLIENTS	64
#define LINEMAX		256
#define IDLE_MS		20000	/* nothing at all for this long: give up */

struct client {
	char buf[LINEMAX];	/* the start of a line not yet complete */
	size_t len;
};

static void fail(const char *what)
{
	printf("pollserver: %s failed: %s\n", what, strerror(errno));
	exit(1);
}

static void send_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = send(fd, p, n, 0);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			fail("send");
		}
		p += w;
		n -= (size_t)w;
	}
}

static int listen_on(int port, int backlog)
{
	struct sockaddr_in a;
	int fd, one = 1;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0)
		fail("socket");
	/* a rerun must not trip over TIME_WAIT from the last one */
	if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0)
		fail("setsockopt");
	if (bind(fd, (struct sockaddr *)&a, sizeof(a)) < 0)
		fail("bind");
	if (listen(fd, backlog) < 0)
		fail("listen");
	return fd;
}

/* Answer every complete line in c's buffer; returns how many. */
static int answer_lines(int fd, struct client *c)
{
	char *nl;
	int lines = 0;

	while ((nl = memchr(c->buf, '\n', c->len)) != NULL) {
		size_t n = (size_t)(nl - c->buf) + 1;

		for (size_t i = 0; i < n; i++)
			c->buf[i] = (char)toupper((unsigned char)c->buf[i]);
		send_all(fd, c->buf, n);
		memmove(c->buf, c->buf + n, c->len - n);
		c->len -= n;
		lines++;
	}
	if (c->len == sizeof(c->buf)) {
		printf("pollserver: line too long\n");
		exit(1);
	}
	return lines;
}

int main(int argc, char **argv)
{
	/* pfd[0] is the listener, pfd[1..nclients] the clients; a slot not
	 * (or no longer) in use has fd -1, which poll() skips. */
	struct pollfd pfd[1 + MAXCLIENTS];
	static struct client cl[1 + MAXCLIENTS];
	int port, nclients, accepted = 0, gone = 0, open_now = 0, max_open = 0;
	long lines = 0;

	if (argc != 3 || (port = atoi(argv[1])) <= 0 ||
	    (nclients = atoi(argv[2])) < 1 || nclients > MAXCLIENTS) {
		fprintf(stderr, "usage: pollserver PORT NCLIENTS (1..%d)\n", MAXCLIENTS);
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);

	pfd[0].fd = listen_on(port, nclients);
	pfd[0].events = POLLIN;
	for (int i = 1; i <= nclients; i++) {
		pfd[i].fd = -1;
		pfd[i].events = POLLIN;
	}

	while (gone < nclients) {
		int n = poll(pfd, (nfds_t)(1 + nclients), IDLE_MS);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			fail("poll");
		}
		if (n == 0) {
			printf("pollserver: nothing happened for %d ms: %d accepted, %d gone\n",
			       IDLE_MS, accepted, gone);
			return 1;
		}
		if (pfd[0].revents & (POLLERR | POLLHUP | POLLNVAL)) {
			printf("pollserver: listener revents %#x\n", pfd[0].revents);
			return 1;
		}
		if (pfd[0].revents & POLLIN) {
			int fd = accept(pfd[0].fd, NULL, NULL);

			if (fd < 0)
				fail("accept");
			accepted++;
			pfd[accepted].fd = fd;
			cl[accepted].len = 0;
			if (++open_now > max_open)
				max_open = open_now;
			if (accepted == nclients) {
				/* Everyone is here: no more listening, and
				 * now the clients may start talking. */
				close(pfd[0].fd);
				pfd[0].fd = -1;
				for (int i = 1; i <= nclients; i++)
					if (pfd[i].fd >= 0)
						send_all(pfd[i].fd, "go\n", 3);
			}
		}
		for (int i = 1; i <= accepted; i++) {
			struct client *c = &cl[i];
			ssize_t r;

			if (pfd[i].fd < 0 || !(pfd[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			r = recv(pfd[i].fd, c->buf + c->len, sizeof(c->buf) - c->len, 0);
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0)
				printf("pollserver: client %d: recv failed: %s\n", i, strerror(errno));
			if (r <= 0) {
				/* EOF (or an error): this client is done. */
				close(pfd[i].fd);
				pfd[i].fd = -1;
				open_now--;
				gone++;
				continue;
			}
			c->len += (size_t)r;
			lines += answer_lines(pfd[i].fd, c);
		}
	}
	printf("pollserver: served %d clients, %ld lines, max %d connections open at once: %s\n",
	       gone, lines, max_open, max_open == nclients ? "yes" : "no");
	return 0;
}
