/* musl/recvclose: one thread sleeps in recv() while another thread of the
 * process uses, closes or shuts down the same socket.  What Linux does:
 *
 *  - close() of the descriptor does not wake the sleeper: the descriptor
 *    is gone, but the recv holds the socket open, so data from the peer
 *    still arrives, and the peer sees no end of file until the recv has
 *    returned and let go of it;
 *  - shutdown(SHUT_RD) or shutdown(SHUT_RDWR) wakes it: recv returns 0.
 *
 * For TCP over 127.0.0.1 and for an AF_UNIX stream pair.  Times are only
 * compared ("still asleep 100 ms later"), never printed.
 */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

static const char *yes(int c) { return c ? "yes" : "no"; }

static void nap_ms(int ms)
{
	struct timespec t = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&t, NULL);
}

/* A connected pair: [0] our end (the one the thread sleeps on), [1] the
 * peer. */
static void make_pair(const char *kind, int sv[2])
{
	if (!strcmp(kind, "unix")) {
		if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0) {
			perror("socketpair");
			exit(1);
		}
		return;
	}
	struct sockaddr_in a;
	socklen_t len = sizeof(a);
	int lfd = socket(AF_INET, SOCK_STREAM, 0);

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof(a)) < 0 || listen(lfd, 1) < 0 ||
	    getsockname(lfd, (struct sockaddr *)&a, &len) < 0) {
		perror("listen");
		exit(1);
	}
	sv[1] = socket(AF_INET, SOCK_STREAM, 0);
	if (sv[1] < 0 || connect(sv[1], (struct sockaddr *)&a, sizeof(a)) < 0) {
		perror("connect");
		exit(1);
	}
	sv[0] = accept(lfd, NULL, NULL);
	if (sv[0] < 0) {
		perror("accept");
		exit(1);
	}
	close(lfd);
}

struct reader {
	int fd;
	volatile int done;
	ssize_t n;
	int err;
	char buf[32];
};

static void *reader(void *arg)
{
	struct reader *r = arg;

	r->n = recv(r->fd, r->buf, sizeof(r->buf) - 1, 0);
	r->err = r->n < 0 ? errno : 0;
	if (r->n > 0)
		r->buf[r->n] = '\0';
	__atomic_store_n(&r->done, 1, __ATOMIC_SEQ_CST);
	return NULL;
}

static void start(pthread_t *th, struct reader *r, int fd)
{
	memset(r, 0, sizeof(*r));
	r->fd = fd;
	pthread_create(th, NULL, reader, r);
	nap_ms(50);		/* let it get into recv and sleep */
}

static void report(const char *kind, const char *what, struct reader *r)
{
	if (r->n < 0)
		printf("%s, %s: recv returned -1 (%s)\n", kind, what, strerror(r->err));
	else if (r->n == 0)
		printf("%s, %s: recv returned 0\n", kind, what);
	else
		printf("%s, %s: recv returned %zd bytes \"%s\"\n", kind, what, r->n, r->buf);
}

/* Does fd have something to read (data or end of file) within ms? */
static int readable(int fd, int ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };

	return poll(&p, 1, ms) == 1;
}

static void run(const char *kind)
{
	int sv[2];
	pthread_t th;
	struct reader r;
	char buf[16];
	ssize_t n;

	/* 1. Another thread sends on the socket, then closes it. */
	make_pair(kind, sv);
	start(&th, &r, sv[0]);
	send(sv[0], "ping", 4, 0);
	printf("%s: close while another thread is in recv: %d\n", kind, close(sv[0]));
	n = recv(sv[1], buf, sizeof(buf), 0);
	printf("%s: the peer got %zd bytes\n", kind, n);
	nap_ms(100);
	printf("%s: 100 ms after the close, the recv still sleeps: %s; the peer sees no end of file: %s\n",
	       kind, yes(!r.done), yes(!readable(sv[1], 0)));
	send(sv[1], "pong", 4, 0);
	pthread_join(th, NULL);
	report(kind, "data from the peer after the close", &r);
	printf("%s: now the peer sees end of file: %s, recv %zd\n", kind, yes(readable(sv[1], 1000)),
	       recv(sv[1], buf, sizeof(buf), 0));
	close(sv[1]);

	/* 2 and 3. shutdown wakes the sleeper. */
	static const struct { const char *name; int how; } sd[] = {
		{ "shutdown(SHUT_RD)", SHUT_RD }, { "shutdown(SHUT_RDWR)", SHUT_RDWR },
	};
	for (int i = 0; i < 2; i++) {
		make_pair(kind, sv);
		start(&th, &r, sv[0]);
		printf("%s: %s while another thread is in recv: %d\n", kind, sd[i].name, shutdown(sv[0], sd[i].how));
		pthread_join(th, NULL);
		report(kind, sd[i].name, &r);
		close(sv[0]);
		close(sv[1]);
	}
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	run("tcp");
	run("unix");
	return 0;
}
