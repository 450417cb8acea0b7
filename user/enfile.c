/* enfile: the two descriptor limits.  One process opening sockets until it
 * fails gets EMFILE (its own table is full: 64 descriptors here, 1024 on a
 * default Linux); several processes together run into the system-wide
 * limit on open files first and get ENFILE.  Everything is closed again
 * and a new socket works.  (Not compared with Linux: its limits differ.) */
#include "ulib.h"

static int fill(void)
{
	while (socket(AF_UNIX, SOCK_DGRAM, 0) >= 0)
		;
	return errno;
}

int main(void)
{
	int status, err, enfile = 0;
	pid_t pids[8];

	err = fill();
	printf("enfile: one process: %s\n", errno_name(err));
	for (int fd = 3; fd < 1024; fd++)
		close(fd);

	for (int i = 0; i < 8; i++) {
		pids[i] = fork();
		if (pids[i] == 0) {
			struct timespec ts = { 0, 300 * 1000 * 1000 };

			err = fill();
			nanosleep(&ts, NULL);	/* hold them while the others try */
			_exit(err == ENFILE ? 2 : err == EMFILE ? 1 : 3);
		}
	}
	for (int i = 0; i < 8; i++) {
		waitpid(pids[i], &status, 0);
		if (WEXITSTATUS(status) == 2)
			enfile++;
	}
	printf("enfile: eight processes: some got ENFILE: %s\n", enfile ? "yes" : "no");
	err = socket(AF_UNIX, SOCK_DGRAM, 0);
	printf("enfile: afterwards a socket opens again: %s\n", err >= 0 ? "yes" : "no");
	return 0;
}
