/* unpthreads: UNP ch. 26 as students write it.  A TCP echo server that
 * hands each connected descriptor to a detached thread by value; a
 * readline() whose buffer is thread-specific data made once with
 * pthread_once (and freed by the key's destructor at thread exit);
 * pthread_join's return values (a value, PTHREAD_CANCELED; joining
 * oneself, musl waits forever, so it is not asked); a mutex
 * and condition variable counting the done threads (fig. 26.18); the
 * descriptor an accept() asleep holds; and at the end exit() from a
 * thread while the main thread blocks in accept.
 * Compared with Linux, musl and glibc. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#define NCLIENTS 4
#define MAXLINE 128

/* --- readline with thread-specific data (UNP fig. 26.11) --- */
static pthread_key_t rl_key;
static pthread_once_t rl_once = PTHREAD_ONCE_INIT;
static int onces, destructed;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int ndone;

struct rline { int cnt; char *ptr; char buf[MAXLINE]; };

static void readline_destructor(void *p)
{
	pthread_mutex_lock(&lock);
	destructed++;
	pthread_mutex_unlock(&lock);
	free(p);
}

static void readline_once(void)
{
	onces++;
	pthread_key_create(&rl_key, readline_destructor);
}

static ssize_t my_read(struct rline *t, int fd, char *c)
{
	if (t->cnt <= 0) {
	again:
		if ((t->cnt = read(fd, t->buf, sizeof t->buf)) < 0) {
			if (errno == EINTR)
				goto again;
			return -1;
		} else if (t->cnt == 0)
			return 0;
		t->ptr = t->buf;
	}
	t->cnt--;
	*c = *t->ptr++;
	return 1;
}

static ssize_t readline(int fd, char *out, size_t max)
{
	struct rline *t;
	size_t n;
	char c;

	pthread_once(&rl_once, readline_once);
	if (!(t = pthread_getspecific(rl_key))) {
		t = calloc(1, sizeof *t);
		pthread_setspecific(rl_key, t);
	}
	for (n = 1; n < max; n++) {
		ssize_t rc = my_read(t, fd, &c);
		if (rc == 1) {
			*out++ = c;
			if (c == '\n')
				break;
		} else if (rc == 0) {
			*out = 0;
			return n - 1;
		} else
			return -1;
	}
	*out = 0;
	return n;
}

/* --- the server: one detached thread per client, fd by value --- */
static void *serve(void *arg)
{
	int fd = (int)(intptr_t)arg;
	char line[MAXLINE];
	ssize_t n;

	pthread_detach(pthread_self());
	while ((n = readline(fd, line, sizeof line)) > 0)
		write(fd, line, n);
	close(fd);
	pthread_mutex_lock(&lock);
	ndone++;
	pthread_cond_signal(&cond);
	pthread_mutex_unlock(&lock);
	return NULL;
}

static struct sockaddr_in addr;
static int listenfd;

static void *acceptor(void *arg)
{
	(void)arg;
	for (int i = 0; i < NCLIENTS; i++) {
		int c = accept(listenfd, NULL, NULL);
		pthread_t t;
		if (c < 0 || pthread_create(&t, NULL, serve, (void *)(intptr_t)c))
			return (void *)1;
	}
	return (void *)0;
}

/* A client thread: several lines, read back with its own readline. */
static void *client(void *arg)
{
	int id = (int)(intptr_t)arg, s = socket(AF_INET, SOCK_STREAM, 0), good = 0;
	char line[MAXLINE], want[MAXLINE];

	if (connect(s, (struct sockaddr *)&addr, sizeof addr))
		return (void *)-1;
	for (int i = 0; i < 5; i++) {
		int len = snprintf(want, sizeof want, "client %d line %d\n", id, i);
		write(s, want, len);
		if (readline(s, line, sizeof line) == len && !strcmp(line, want))
			good++;
	}
	shutdown(s, SHUT_WR);
	if (readline(s, line, sizeof line) == 0)
		good++;
	close(s);
	return (void *)(intptr_t)good;
}

static void *sleeper(void *arg)
{
	(void)arg;
	for (;;)
		pause();
	return NULL;
}

static void *accept_one(void *arg)
{
	char line[16];
	int c = accept(listenfd, NULL, NULL);

	*(int *)arg = c;
	if (read(c, line, sizeof line) == 5)
		write(c, "pong\n", 5);
	return NULL;
}

static void *quitter(void *arg)
{
	(void)arg;
	usleep(100000);
	printf("a thread calls exit(3) while main blocks in accept\n");
	fflush(stdout);
	exit(3);
	return NULL;
}

int main(void)
{
	pthread_t acc, cl[NCLIENTS], t;
	socklen_t len = sizeof addr;
	void *ret;
	int r;

	setvbuf(stdout, NULL, _IONBF, 0);
	listenfd = socket(AF_INET, SOCK_STREAM, 0);
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(listenfd, (struct sockaddr *)&addr, sizeof addr);
	listen(listenfd, NCLIENTS);
	getsockname(listenfd, (struct sockaddr *)&addr, &len);

	pthread_create(&acc, NULL, acceptor, NULL);
	for (int i = 0; i < NCLIENTS; i++)
		pthread_create(&cl[i], NULL, client, (void *)(intptr_t)i);
	for (int i = 0; i < NCLIENTS; i++) {
		pthread_join(cl[i], &ret);
		printf("client %d: %d of 6 right\n", i, (int)(intptr_t)ret);
	}
	pthread_join(acc, &ret);
	printf("acceptor returned %d\n", (int)(intptr_t)ret);
	pthread_mutex_lock(&lock);
	while (ndone < NCLIENTS)
		pthread_cond_wait(&cond, &lock);
	pthread_mutex_unlock(&lock);
	printf("server threads done: %d\n", ndone);
	/* Each readline thread had its buffer freed by the destructor (the
	 * detached ones may still be on their way out: wait a little). */
	for (int i = 0; i < 50 && destructed < 2 * NCLIENTS; i++)
		usleep(10000);
	printf("pthread_once ran %d time(s), destructor %d time(s)\n", onces, destructed);
	printf("main's readline data: %s\n", pthread_getspecific(rl_key) ? "set" : "none");

	/* join's answers */
	pthread_create(&t, NULL, sleeper, NULL);
	pthread_cancel(t);
	r = pthread_join(t, &ret);
	printf("join a cancelled thread: %d, %s\n", r, ret == PTHREAD_CANCELED ? "PTHREAD_CANCELED" : "other");

	pthread_key_t k;
	pthread_key_create(&k, NULL);
	printf("a new key reads %s\n", pthread_getspecific(k) ? "set" : "NULL");
	pthread_setspecific(k, (void *)0x1234);
	printf("after set: %#lx\n", (unsigned long)(uintptr_t)pthread_getspecific(k));
	pthread_key_delete(k);

	/* A thread asleep in accept already holds the descriptor it will
	 * return: a socket made meanwhile gets the next one, and dup2 onto
	 * it is EBUSY (Linux); the connected pair must not get crossed. */
	static int accepted;
	int lowest = dup(0);
	close(lowest);
	pthread_create(&t, NULL, accept_one, &accepted);
	usleep(100000);
	int s = socket(AF_INET, SOCK_STREAM, 0);
	printf("socket() while a thread is in accept: lowest free + %d\n", s - lowest);
#ifdef __GLIBC__	/* musl's dup2 tries again while EBUSY */
	r = dup2(0, lowest);
	printf("dup2 onto the number accept holds: %d %s\n", r, r < 0 && errno == EBUSY ? "EBUSY" : "");
#endif
	connect(s, (struct sockaddr *)&addr, sizeof addr);
	write(s, "ping\n", 5);
	pthread_join(t, NULL);
	printf("accept returned lowest free + %d\n", accepted - lowest);
	char pong[8] = "";
	read(s, pong, sizeof pong - 1);
	printf("the client reads back: %s", pong);
	close(s);
	close(accepted);

	/* exit() from a thread ends every thread, main in accept too. */
	pthread_create(&t, NULL, quitter, NULL);
	accept(listenfd, NULL, NULL);
	printf("not reached\n");
	return 0;
}
