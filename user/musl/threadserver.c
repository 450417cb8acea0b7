/* musl/threadserver: a TCP echo server with one thread per client, as the
 * textbooks write it, and its clients.
 *
 *   threadserver PORT N                 serve N clients, then report
 *   threadserver client PORT ID LINES   one client
 *   threadserver clients PORT ID K LINES  K clients, one thread each, in
 *                                       one process (ids ID, ID+1 ...)
 *
 * The server's threads share a counter of clients connected, under a
 * mutex; each waits on a condition variable until all N are connected,
 * then says "go", so a server that served one client at a time (or whose
 * threads did not run at once) would never get past the first.  Then it
 * echoes each line back as "ID:line".  main waits on another condition
 * variable until every client thread is done, joins them, and prints one
 * line.  Every client prints one line.  The output, sorted, is the same
 * on every run and on Linux.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#define MAXCLIENTS	16

static void die(const char *who, const char *what)
{
	printf("%s: %s failed: %s\n", who, what, strerror(errno));
	exit(1);
}

/* A line reader over one socket (each thread has its own). */
struct conn {
	int fd;
	char buf[512];
	size_t len;
	char name[32];
};

/* The next line, without its newline, into out; 0 at end of file. */
static int read_line(struct conn *c, char *out, size_t outsize)
{
	char *nl;

	while ((nl = memchr(c->buf, '\n', c->len)) == NULL) {
		ssize_t r;

		if (c->len == sizeof(c->buf)) {
			printf("%s: line too long\n", c->name);
			exit(1);
		}
		r = recv(c->fd, c->buf + c->len, sizeof(c->buf) - c->len, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			die(c->name, "recv");
		if (r == 0)
			return 0;
		c->len += (size_t)r;
	}
	*nl = '\0';
	if ((size_t)(nl - c->buf) >= outsize) {
		printf("%s: line too long\n", c->name);
		exit(1);
	}
	memcpy(out, c->buf, (size_t)(nl - c->buf) + 1);
	c->len -= (size_t)(nl + 1 - c->buf);
	memmove(c->buf, nl + 1, c->len);
	return 1;
}

static void send_all(struct conn *c, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = send(c->fd, p, n, 0);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			die(c->name, "send");
		p += w;
		n -= (size_t)w;
	}
}

/* --- the server --- */

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t all_here = PTHREAD_COND_INITIALIZER;	/* connected == nclients */
static pthread_cond_t one_done = PTHREAD_COND_INITIALIZER;	/* finished changed */
static int nclients, connected, active, max_active, finished, lines;

static void *serve(void *arg)
{
	struct conn *c = arg;
	char line[400], reply[440];
	int id = -1, n = 0;

	pthread_mutex_lock(&lock);
	connected++;
	if (++active > max_active)
		max_active = active;
	pthread_cond_broadcast(&all_here);
	while (connected < nclients)
		pthread_cond_wait(&all_here, &lock);
	pthread_mutex_unlock(&lock);

	send_all(c, "go\n", 3);
	while (read_line(c, line, sizeof(line))) {
		if (id < 0)
			sscanf(line, "client %d", &id);
		snprintf(reply, sizeof(reply), "%d:%s\n", id, line);
		send_all(c, reply, strlen(reply));
		n++;
	}
	close(c->fd);
	free(c);

	pthread_mutex_lock(&lock);
	active--;
	finished++;
	lines += n;
	pthread_cond_signal(&one_done);
	pthread_mutex_unlock(&lock);
	return NULL;
}

static int server(int port, int n)
{
	struct sockaddr_in a;
	pthread_t th[MAXCLIENTS];
	int lfd, one = 1;

	if (n < 1 || n > MAXCLIENTS)
		return 2;
	nclients = n;
	lfd = socket(AF_INET, SOCK_STREAM, 0);
	if (lfd < 0)
		die("threadserver", "socket");
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(lfd, (struct sockaddr *)&a, sizeof(a)) < 0)
		die("threadserver", "bind");
	if (listen(lfd, n) < 0)
		die("threadserver", "listen");
	for (int i = 0; i < n; i++) {
		struct conn *c = calloc(1, sizeof(*c));

		c->fd = accept(lfd, NULL, NULL);
		if (c->fd < 0)
			die("threadserver", "accept");
		snprintf(c->name, sizeof(c->name), "threadserver %d", i);
		if (pthread_create(&th[i], NULL, serve, c))
			die("threadserver", "pthread_create");
	}
	close(lfd);

	pthread_mutex_lock(&lock);
	while (finished < n)
		pthread_cond_wait(&one_done, &lock);
	pthread_mutex_unlock(&lock);
	for (int i = 0; i < n; i++)
		pthread_join(th[i], NULL);
	printf("threadserver: served %d clients, %d lines, max %d connections open at once: %s\n",
	       n, lines, n, max_active == n ? "yes" : "no");
	return 0;
}

/* --- the clients --- */

/* Refused only means "not listening yet": a fresh socket every 20 ms,
 * 150 times. */
static int connect_retry(const char *who, int port)
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
			die(who, "socket");
		if (connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0)
			return fd;
		if (errno != ECONNREFUSED)
			die(who, "connect");
		close(fd);
		nanosleep(&nap, NULL);
	}
	die(who, "connect");
	return -1;
}

struct client_args {
	int port, id, lines, ok;
};

/* Each line only after the answer to the last. */
static void *client(void *arg)
{
	struct client_args *ca = arg;
	struct conn c = { .len = 0 };
	char line[400], want[440], got[440];

	snprintf(c.name, sizeof(c.name), "threadclient %d", ca->id);
	c.fd = connect_retry(c.name, ca->port);
	if (!read_line(&c, got, sizeof(got)) || strcmp(got, "go")) {
		printf("%s: no go\n", c.name);
		exit(1);
	}
	ca->ok = 0;
	for (int k = 1; k <= ca->lines; k++) {
		snprintf(line, sizeof(line), "client %d line %d", ca->id, k);
		snprintf(want, sizeof(want), "%d:%s", ca->id, line);
		send_all(&c, line, strlen(line));
		send_all(&c, "\n", 1);
		if (!read_line(&c, got, sizeof(got)))
			break;
		ca->ok += strcmp(got, want) == 0;
	}
	close(c.fd);
	return NULL;
}

static int clients(int port, int id, int k, int lines)
{
	pthread_t th[MAXCLIENTS];
	struct client_args ca[MAXCLIENTS];
	int bad = 0;

	if (k < 1 || k > MAXCLIENTS)
		return 2;
	for (int i = 0; i < k; i++) {
		ca[i] = (struct client_args){ .port = port, .id = id + i, .lines = lines };
		if (pthread_create(&th[i], NULL, client, &ca[i]))
			die("threadclient", "pthread_create");
	}
	for (int i = 0; i < k; i++) {
		pthread_join(th[i], NULL);
		printf("threadclient %d: %d answers correct\n", ca[i].id, ca[i].ok);
		bad |= ca[i].ok != lines;
	}
	return bad;
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 5 && !strcmp(argv[1], "client"))
		return clients(atoi(argv[2]), atoi(argv[3]), 1, atoi(argv[4]));
	if (argc == 6 && !strcmp(argv[1], "clients"))
		return clients(atoi(argv[2]), atoi(argv[3]), atoi(argv[4]), atoi(argv[5]));
	if (argc == 3)
		return server(atoi(argv[1]), atoi(argv[2]));
	fprintf(stderr, "usage: threadserver PORT N | client PORT ID LINES | clients PORT ID K LINES\n");
	return 2;
}
