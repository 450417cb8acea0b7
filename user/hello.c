/* hello: the smallest ring-3 program.  Shows that the kernel started us
 * with a correct initial stack (argc/argv) and that write(2) and exit_group
 * work: the exit status is argv[1] when given, so tests can check it. */
#include "ulib.h"

int main(int argc, char **argv, char **envp)
{
	int i;

	(void)envp;
	printf("hello from ring 3\n");
	printf("argc = %d\n", argc);
	for (i = 0; i < argc; i++)
		printf("argv[%d] = %s\n", i, argv[i]);
	return argc > 1 ? atoi(argv[1]) : 0;
}
