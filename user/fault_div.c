/* fault_div: integer division by zero.  The CPU raises #DE (vector 0),
 * which the kernel must deliver as SIGFPE.  volatile keeps the compiler
 * from seeing the zero and folding the division away. */
#include "ulib.h"

int main(void)
{
	volatile int zero = 0, ten = 10;

	printf("about to divide by zero\n");
	printf("10 / 0 = %d\n", ten / zero);
	printf("survived!?\n");
	return 0;
}
