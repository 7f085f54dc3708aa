# Learner mistake: await outside async.
import asyncio
def f():
    await asyncio.sleep(1)
